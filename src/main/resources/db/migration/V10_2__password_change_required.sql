-- A generated first-administrator password, or one an administrator reset, must be changed at the next login.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
