-- Backfills concept_codes and companies.concept_bits from each company's latest profile, as
-- saveRecommendations writes them: a code for every concept named (in concept-id order), and
-- per company the bit of each of its concepts set, in a string as long as the highest code + 1.
INSERT INTO "concept_codes" ("concept_id")
SELECT DISTINCT "concept"."id"
FROM "companies" "c"
JOIN "company_profiles" "p" ON "p"."id" = "c"."profile_id"
CROSS JOIN unnest("p"."concept_ids") AS "concept"("id")
ORDER BY 1;
--> statement-breakpoint
UPDATE "companies" "c" SET "concept_bits" = (
  SELECT coalesce(bit_or(set_bit(repeat('0', "width"."bits")::bit varying, "k"."code", 1)), B'')
  FROM "concept_codes" "k"
  WHERE "k"."concept_id" = ANY ("p"."concept_ids")
)
FROM "company_profiles" "p", (SELECT coalesce(max("code") + 1, 0) AS "bits" FROM "concept_codes") "width"
WHERE "p"."id" = "c"."profile_id";
