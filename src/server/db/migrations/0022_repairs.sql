CREATE TABLE "repair_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"repair_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"by_account_id" uuid,
	"by_name" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "repair_steps_status_ck" CHECK ("repair_steps"."status" in ('registered','received','shipped','closed'))
);
--> statement-breakpoint
CREATE TABLE "repairs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"device_id" uuid NOT NULL,
	"part" text NOT NULL,
	"fault" text NOT NULL,
	"contact" jsonb NOT NULL,
	"status" text NOT NULL,
	"ownership" text NOT NULL,
	"ownership_date" text NOT NULL,
	"warranty_covered" boolean NOT NULL,
	"warranty_reason" text NOT NULL,
	"warranty_until" text,
	"excess_cents" integer,
	"return_address" text NOT NULL,
	"tracking_reference" text,
	"replacement_serial" text,
	"replacement_mac" text,
	"previous_mac" text,
	"registered_by" uuid,
	"registered_by_name" text,
	"received_at" timestamp with time zone,
	"shipped_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "repairs_status_ck" CHECK ("repairs"."status" in ('registered','received','shipped','closed')),
	CONSTRAINT "repairs_part_ck" CHECK ("repairs"."part" in ('device','battery')),
	CONSTRAINT "repairs_ownership_ck" CHECK ("repairs"."ownership" in ('rented','bought')),
	CONSTRAINT "repairs_warranty_reason_ck" CHECK ("repairs"."warranty_reason" in ('rented','bought_in_term','bought_term_ended','battery')),
	CONSTRAINT "repairs_excess_ck" CHECK ("repairs"."excess_cents" is null or "repairs"."excess_cents" >= 0),
	CONSTRAINT "repairs_replacement_mac_ck" CHECK ("repairs"."replacement_mac" ~ '^[0-9a-f]{12}$')
);
--> statement-breakpoint
ALTER TABLE "repair_steps" ADD CONSTRAINT "repair_steps_repair_id_repairs_id_fk" FOREIGN KEY ("repair_id") REFERENCES "public"."repairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_steps" ADD CONSTRAINT "repair_steps_by_account_id_accounts_id_fk" FOREIGN KEY ("by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repairs" ADD CONSTRAINT "repairs_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repairs" ADD CONSTRAINT "repairs_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repairs" ADD CONSTRAINT "repairs_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repairs" ADD CONSTRAINT "repairs_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repairs" ADD CONSTRAINT "repairs_registered_by_accounts_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "repair_steps_repair_idx" ON "repair_steps" USING btree ("repair_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "repairs_ticket_uq" ON "repairs" USING btree ("ticket_id");--> statement-breakpoint
CREATE UNIQUE INDEX "repairs_open_device_uq" ON "repairs" USING btree ("device_id") WHERE "repairs"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "repairs_device_idx" ON "repairs" USING btree ("device_id","created_at","id");--> statement-breakpoint
CREATE INDEX "repairs_enterprise_idx" ON "repairs" USING btree ("enterprise_id","created_at","id");--> statement-breakpoint
CREATE INDEX "repairs_created_idx" ON "repairs" USING btree ("created_at","id");