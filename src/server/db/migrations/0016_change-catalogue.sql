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
CREATE TABLE "service_desks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"handles" jsonb NOT NULL,
	"hours" text NOT NULL,
	"phone" text,
	"phone_option" text,
	"email" text,
	"pin" text,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_desks_hours_ck" CHECK ("service_desks"."hours" in ('office','out_of_hours','always'))
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
ALTER TABLE "tickets" ADD COLUMN "category" text DEFAULT 'fixed' NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "desk_id" uuid;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "catalogue_item_key" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "cost_estimate_cents" integer;--> statement-breakpoint
ALTER TABLE "change_catalogue_items" ADD CONSTRAINT "change_catalogue_items_cost_tariff_key_tariffs_key_fk" FOREIGN KEY ("cost_tariff_key") REFERENCES "public"."tariffs"("key") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_desk_id_service_desks_id_fk" FOREIGN KEY ("desk_id") REFERENCES "public"."service_desks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_catalogue_item_key_change_catalogue_items_key_fk" FOREIGN KEY ("catalogue_item_key") REFERENCES "public"."change_catalogue_items"("key") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tickets_desk_idx" ON "tickets" USING btree ("desk_id","status");--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_category_ck" CHECK ("tickets"."category" in ('fixed','mobile','billing'));