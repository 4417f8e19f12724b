-- The claims whose editor chose their first appearance (decision 022): "is this appearance its claim's chosen first?" and
-- "has this claim a live chosen first?" are answered from this small index instead of reading each claim's row (the outlet
-- report asks it for every appearance of a claim it counts).
CREATE INDEX ix_claim_first_appearance ON claim (first_appearance_id, id);
