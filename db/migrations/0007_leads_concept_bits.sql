CREATE TABLE "concept_codes" (
	"concept_id" text PRIMARY KEY NOT NULL,
	"code" integer GENERATED ALWAYS AS IDENTITY (sequence name "concept_codes_code_seq" INCREMENT BY 1 MINVALUE 0 MAXVALUE 2147483647 START WITH 0 CACHE 1),
	CONSTRAINT "concept_codes_code_key" UNIQUE("code")
);
--> statement-breakpoint
DROP TABLE "company_concepts" CASCADE;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "concept_bits" bit varying DEFAULT B'' NOT NULL;