CREATE TABLE "business_calendar" (
	"id" text PRIMARY KEY DEFAULT 'provider' NOT NULL,
	"hours" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "business_calendar_one_row_ck" CHECK ("business_calendar"."id" = 'provider')
);
--> statement-breakpoint
CREATE TABLE "business_closures" (
	"date" date PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
