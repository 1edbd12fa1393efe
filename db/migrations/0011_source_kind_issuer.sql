ALTER TABLE "sources" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "issuer" jsonb;