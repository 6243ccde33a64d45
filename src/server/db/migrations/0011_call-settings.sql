CREATE TABLE "enterprise_call_settings" (
	"enterprise_id" uuid PRIMARY KEY NOT NULL,
	"display_name" text NOT NULL,
	"main_number_id" uuid,
	"blind_transfer" boolean NOT NULL,
	"attended_transfer" boolean NOT NULL,
	"outside_transfer" boolean NOT NULL,
	"recall_seconds" integer NOT NULL,
	"welcome_message" text NOT NULL,
	"comfort_message" text NOT NULL,
	"position_message" text NOT NULL,
	"overflow_message" text NOT NULL,
	"closed_message" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_call_settings_recall_ck" CHECK ("enterprise_call_settings"."recall_seconds" = 0 or "enterprise_call_settings"."recall_seconds" between 10 and 300)
);
--> statement-breakpoint
CREATE TABLE "site_call_settings" (
	"site_id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"main_number_id" uuid,
	"display_name" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_call_settings_not_empty_ck" CHECK ("site_call_settings"."main_number_id" is not null or "site_call_settings"."display_name" is not null)
);
--> statement-breakpoint
ALTER TABLE "enterprise_call_settings" ADD CONSTRAINT "enterprise_call_settings_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_call_settings" ADD CONSTRAINT "enterprise_call_settings_main_number_id_numbers_id_fk" FOREIGN KEY ("main_number_id") REFERENCES "public"."numbers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_call_settings" ADD CONSTRAINT "site_call_settings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_call_settings" ADD CONSTRAINT "site_call_settings_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_call_settings" ADD CONSTRAINT "site_call_settings_main_number_id_numbers_id_fk" FOREIGN KEY ("main_number_id") REFERENCES "public"."numbers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprise_call_settings_main_number_idx" ON "enterprise_call_settings" USING btree ("main_number_id");--> statement-breakpoint
CREATE INDEX "site_call_settings_enterprise_idx" ON "site_call_settings" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "site_call_settings_main_number_idx" ON "site_call_settings" USING btree ("main_number_id");