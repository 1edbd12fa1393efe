CREATE TABLE "catalog_audit" (
	"id" uuid PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"key_id" text,
	"key_label" text,
	"request_id" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"zone_id" text,
	"before" jsonb,
	"after" jsonb,
	"catalog_version" text NOT NULL,
	"revision" integer NOT NULL,
	CONSTRAINT "catalog_audit_action_valid" CHECK ("catalog_audit"."action" in ('zone.put', 'zone.archive', 'catalog.import')),
	CONSTRAINT "catalog_audit_entity_valid" CHECK ("catalog_audit"."entity" in ('zone', 'program', 'concepts', 'sources'))
);
--> statement-breakpoint
ALTER TABLE "catalog_state" ADD COLUMN "taxonomy_edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "seed_hash" text;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "api_edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "seed_hash" text;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "api_edited_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "catalog_audit_at_idx" ON "catalog_audit" USING btree ("at");--> statement-breakpoint
CREATE INDEX "catalog_audit_zone_idx" ON "catalog_audit" USING btree ("zone_id");