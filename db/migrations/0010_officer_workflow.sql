CREATE TABLE "lead_outcomes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"company_id" bigint NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"company_name" text NOT NULL,
	"company_country" text,
	"zone_id" text NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"note" text,
	"recorded_by" text NOT NULL,
	"key_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lead_outcomes_status_valid" CHECK ("lead_outcomes"."status" in ('contacted', 'visited', 'negotiating', 'invested', 'declined')),
	CONSTRAINT "lead_outcomes_declined_reason" CHECK ("lead_outcomes"."status" <> 'declined' or length(trim(coalesce("lead_outcomes"."reason", ''))) > 0)
);
--> statement-breakpoint
CREATE TABLE "weight_presets" (
	"name" text PRIMARY KEY NOT NULL,
	"weights" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weight_presets_name_valid" CHECK ("weight_presets"."name" ~ '^[a-z0-9][a-z0-9._-]{0,63}$')
);
--> statement-breakpoint
ALTER TABLE "api_keys" DROP CONSTRAINT "api_keys_role_valid";--> statement-breakpoint
ALTER TABLE "lead_outcomes" ADD CONSTRAINT "lead_outcomes_company_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_outcomes" ADD CONSTRAINT "lead_outcomes_recommendation_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lead_outcomes_created_idx" ON "lead_outcomes" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "lead_outcomes_zone_idx" ON "lead_outcomes" USING btree ("zone_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "lead_outcomes_company_zone_idx" ON "lead_outcomes" USING btree ("company_id","zone_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "recommendations_created_idx" ON "recommendations" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_role_valid" CHECK ("api_keys"."role" in ('reader', 'staff', 'admin'));