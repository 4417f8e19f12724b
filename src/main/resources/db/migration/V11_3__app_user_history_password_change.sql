-- The history of a user also records when a password change was required (the column came with V10_2).
ALTER TABLE app_user_aud ADD COLUMN password_change_required BOOLEAN;
