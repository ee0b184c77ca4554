-- Amazon's calls take hour-long access tokens that Login with Amazon gives for the seller's refresh token (kept,
-- sealed, in access_token) and the application's client id and secret (sealed) at the login address.
ALTER TABLE marketplace_account ADD COLUMN login_url VARCHAR(2000);
ALTER TABLE marketplace_account ADD COLUMN login_client_id VARCHAR(200);
ALTER TABLE marketplace_account ADD COLUMN login_client_secret VARCHAR(500);
