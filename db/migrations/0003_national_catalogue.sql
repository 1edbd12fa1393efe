CREATE TABLE "catalogue_zones" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"level" text NOT NULL,
	"seq" integer NOT NULL,
	"source_row" integer NOT NULL,
	"name_zh" text NOT NULL,
	"province" text NOT NULL,
	"zone_type" text NOT NULL,
	"approved" text NOT NULL,
	"area_ha" double precision,
	"leading_industries" text NOT NULL,
	"phrases" jsonb NOT NULL,
	"concept_ids" text[] NOT NULL,
	"unmapped_phrases" text[] NOT NULL,
	"content_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_zones_level_valid" CHECK ("catalogue_zones"."level" in ('national', 'provincial')),
	CONSTRAINT "catalogue_zones_area_positive" CHECK ("catalogue_zones"."area_ha" is null or "catalogue_zones"."area_ha" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_zones_level_seq_key" ON "catalogue_zones" USING btree ("level","seq");--> statement-breakpoint
CREATE INDEX "catalogue_zones_code_idx" ON "catalogue_zones" USING btree ("code");--> statement-breakpoint
CREATE INDEX "catalogue_zones_concepts_idx" ON "catalogue_zones" USING gin ("concept_ids");