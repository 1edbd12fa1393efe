-- Backfills companies and company_concepts from the profiles already stored, by the rule
-- saveRecommendations keeps on every insert: a company is (lower(name), coalesce(country, '')),
-- its latest profile the one with the latest created_at, then the highest id.
INSERT INTO "companies" ("name_key", "country_key", "profile_id", "submitted_at", "submissions")
SELECT DISTINCT ON (lower("name"), coalesce("country", ''))
  lower("name"), coalesce("country", ''), "id", "created_at",
  count(*) OVER (PARTITION BY lower("name"), coalesce("country", ''))
FROM "company_profiles"
ORDER BY lower("name"), coalesce("country", ''), "created_at" DESC, "id" DESC;
--> statement-breakpoint
INSERT INTO "company_concepts" ("concept_id", "company_id", "profile_id", "submitted_at")
SELECT DISTINCT "concept"."id", "c"."id", "c"."profile_id", "c"."submitted_at"
FROM "companies" "c"
JOIN "company_profiles" "p" ON "p"."id" = "c"."profile_id"
CROSS JOIN unnest("p"."concept_ids") AS "concept"("id");
