CREATE TABLE "catalog_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_state_single_row" CHECK ("catalog_state"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "company_profiles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"country" text,
	"profile" jsonb NOT NULL,
	"concept_ids" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concepts" (
	"id" text PRIMARY KEY NOT NULL,
	"parent_id" text,
	"labels" jsonb NOT NULL,
	"synonyms" jsonb NOT NULL,
	"isic" text[],
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incentives" (
	"id" text PRIMARY KEY NOT NULL,
	"zone_id" text,
	"program_id" text,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"eligibility" jsonb NOT NULL,
	"serves" text[] NOT NULL,
	"source" jsonb NOT NULL,
	CONSTRAINT "incentives_one_owner" CHECK (("incentives"."zone_id" is null) <> ("incentives"."program_id" is null))
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" text PRIMARY KEY NOT NULL,
	"parent_id" text,
	"name" jsonb NOT NULL,
	"doc" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"profile_id" uuid NOT NULL,
	"catalog_version" text NOT NULL,
	"engine_version" text NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"doc" text PRIMARY KEY NOT NULL,
	"title" jsonb NOT NULL,
	"language" text NOT NULL,
	"publisher" text NOT NULL,
	"published" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "zone_industries" (
	"owner_id" text NOT NULL,
	"industry_key" text NOT NULL,
	"zone_id" text,
	"program_id" text,
	"name" jsonb NOT NULL,
	"level" text NOT NULL,
	"concept_ids" text[] NOT NULL,
	"details" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	CONSTRAINT "zone_industries_pk" PRIMARY KEY("owner_id","industry_key"),
	CONSTRAINT "zone_industries_one_owner" CHECK (("zone_industries"."zone_id" is null) <> ("zone_industries"."program_id" is null))
);
--> statement-breakpoint
CREATE TABLE "zones" (
	"id" text PRIMARY KEY NOT NULL,
	"program_id" text NOT NULL,
	"name" jsonb NOT NULL,
	"kind" text NOT NULL,
	"province_en" text NOT NULL,
	"city_en" text NOT NULL,
	"area_km2" double precision,
	"completeness" text NOT NULL,
	"doc" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zones_area_positive" CHECK ("zones"."area_km2" is null or "zones"."area_km2" > 0)
);
--> statement-breakpoint
ALTER TABLE "concepts" ADD CONSTRAINT "concepts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."concepts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentives" ADD CONSTRAINT "incentives_zone_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentives" ADD CONSTRAINT "incentives_program_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_profile_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."company_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_industries" ADD CONSTRAINT "zone_industries_zone_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_industries" ADD CONSTRAINT "zone_industries_program_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_program_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "company_profiles_concepts_idx" ON "company_profiles" USING gin ("concept_ids");--> statement-breakpoint
CREATE INDEX "company_profiles_created_idx" ON "company_profiles" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "concepts_parent_idx" ON "concepts" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "incentives_zone_idx" ON "incentives" USING btree ("zone_id");--> statement-breakpoint
CREATE INDEX "incentives_program_idx" ON "incentives" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "recommendations_profile_idx" ON "recommendations" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "zone_industries_concepts_idx" ON "zone_industries" USING gin ("concept_ids");--> statement-breakpoint
CREATE INDEX "zones_program_idx" ON "zones" USING btree ("program_id");