CREATE TABLE "change_catalogue_items" (
	"key" text PRIMARY KEY NOT NULL,
	"category" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"description_nl" text NOT NULL,
	"description_en" text NOT NULL,
	"lead_time" jsonb NOT NULL,
	"lead_time_by_line_type" jsonb NOT NULL,
	"asks" jsonb NOT NULL,
	"cost" jsonb,
	"cost_tariff_key" text,
	"active" boolean NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "change_catalogue_items_category_ck" CHECK ("change_catalogue_items"."category" in ('one_net','mobile','infrastructure'))
);
--> statement-breakpoint
CREATE TABLE "tariffs" (
	"key" text PRIMARY KEY NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"unit" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tariffs_unit_ck" CHECK ("tariffs"."unit" in ('hour','each'))
);
--> statement-breakpoint
ALTER TABLE "change_catalogue_items" ADD CONSTRAINT "change_catalogue_items_cost_tariff_key_tariffs_key_fk" FOREIGN KEY ("cost_tariff_key") REFERENCES "public"."tariffs"("key") ON DELETE restrict ON UPDATE no action;