CREATE TABLE "routing_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"n" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "routing_changes_scope_idx" ON "routing_changes" USING btree ("scope","id");