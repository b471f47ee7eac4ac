-- A checked reference costs two index lookups and two row locks (KEY SHARE on the campaign and on
-- the follower, which dirties the follower's page) for every delivery: more than writing the row.
-- Rows are inserted only from a batch's recipients, which planning selected from the account's
-- followers; these triggers keep the cascade the foreign keys gave, once per deleting statement.
ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_campaign_id_fkey";
ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_follower_id_fkey";

CREATE FUNCTION "deliveries_delete_for_campaigns"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "deliveries" d USING gone WHERE d."campaign_id" = gone."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "campaigns_delete_deliveries" AFTER DELETE ON "campaigns"
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION "deliveries_delete_for_campaigns"();

CREATE FUNCTION "deliveries_delete_for_followers"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "deliveries" d USING gone WHERE d."follower_id" = gone."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "followers_delete_deliveries" AFTER DELETE ON "followers"
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION "deliveries_delete_for_followers"();
