-- The actor of a timeline entry is the signed-in user's name: with a JWT issuer, the token's subject, which OpenID
-- Connect allows up to 255 characters long. The column held 200, so a longer subject's events failed the timelines.
ALTER TABLE timeline_entry ALTER COLUMN actor SET DATA TYPE VARCHAR(255);
