CREATE TABLE "device_lines" (
	"device_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"user_id" uuid,
	"sip_username" text NOT NULL,
	"realm" text NOT NULL,
	"ha1_md5" text NOT NULL,
	"ha1_sha256" text NOT NULL,
	"credentials_set_at" timestamp with time zone NOT NULL,
	CONSTRAINT "device_lines_device_id_line_pk" PRIMARY KEY("device_id","line"),
	CONSTRAINT "device_lines_line_ck" CHECK ("device_lines"."line" between 1 and 16),
	CONSTRAINT "device_lines_ha1_ck" CHECK ("device_lines"."ha1_md5" ~ '^[0-9a-f]{32}$' and "device_lines"."ha1_sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "device_models" (
	"id" uuid PRIMARY KEY NOT NULL,
	"vendor" text NOT NULL,
	"model" text NOT NULL,
	"kind" text NOT NULL,
	"max_lines" integer NOT NULL,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "device_models_kind_ck" CHECK ("device_models"."kind" in ('desk_phone','dect_base','dect_handset','conference','ata','softphone','sim')),
	CONSTRAINT "device_models_max_lines_ck" CHECK ("device_models"."max_lines" between 1 and 16)
);
--> statement-breakpoint
CREATE TABLE "devices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"user_id" uuid,
	"model_id" uuid NOT NULL,
	"mac" text,
	"iccid" text,
	"label" text,
	"ownership" text NOT NULL,
	"ownership_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "devices_ownership_ck" CHECK ("devices"."ownership" in ('rented','bought')),
	CONSTRAINT "devices_mac_ck" CHECK ("devices"."mac" ~ '^[0-9a-f]{12}$'),
	CONSTRAINT "devices_iccid_ck" CHECK ("devices"."iccid" ~ '^89[0-9]{17,18}$'),
	CONSTRAINT "devices_one_identifier_ck" CHECK ("devices"."mac" is null or "devices"."iccid" is null)
);
--> statement-breakpoint
ALTER TABLE "device_lines" ADD CONSTRAINT "device_lines_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_lines" ADD CONSTRAINT "device_lines_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_model_id_device_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."device_models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "device_lines_sip_username_uq" ON "device_lines" USING btree ("sip_username");--> statement-breakpoint
CREATE INDEX "device_lines_user_idx" ON "device_lines" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "device_models_name_uq" ON "device_models" USING btree (lower("vendor"),lower("model"));--> statement-breakpoint
CREATE UNIQUE INDEX "devices_mac_uq" ON "devices" USING btree ("mac");--> statement-breakpoint
CREATE UNIQUE INDEX "devices_iccid_uq" ON "devices" USING btree ("iccid");--> statement-breakpoint
CREATE INDEX "devices_sort_idx" ON "devices" USING btree ("enterprise_id",coalesce(lower("label"), ''),"id");--> statement-breakpoint
CREATE INDEX "devices_site_idx" ON "devices" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "devices_user_idx" ON "devices" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "devices_model_idx" ON "devices" USING btree ("model_id");