CREATE TABLE "companies" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "companies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name_key" text NOT NULL,
	"country_key" text NOT NULL,
	"profile_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submissions" integer NOT NULL,
	CONSTRAINT "companies_submissions_positive" CHECK ("companies"."submissions" > 0)
);
--> statement-breakpoint
CREATE TABLE "company_concepts" (
	"concept_id" text NOT NULL,
	"company_id" bigint NOT NULL,
	"profile_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "company_concepts_pk" PRIMARY KEY("concept_id","company_id")
);
--> statement-breakpoint
DROP INDEX "company_profiles_company_idx";--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_profile_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."company_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_concepts" ADD CONSTRAINT "company_concepts_company_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "companies_key_idx" ON "companies" USING btree ("name_key","country_key");--> statement-breakpoint
CREATE UNIQUE INDEX "companies_profile_idx" ON "companies" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "company_concepts_company_idx" ON "company_concepts" USING btree ("company_id");