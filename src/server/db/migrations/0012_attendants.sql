CREATE TABLE "audio_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"site_id" uuid,
	"name" text NOT NULL,
	"format" text NOT NULL,
	"codec" text NOT NULL,
	"sample_rate" integer NOT NULL,
	"channels" integer NOT NULL,
	"duration_ms" integer,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audio_files_format_ck" CHECK ("audio_files"."format" in ('wav','mp3')),
	CONSTRAINT "audio_files_size_ck" CHECK ("audio_files"."size_bytes" = octet_length("audio_files"."content"))
);
--> statement-breakpoint
CREATE TABLE "auto_attendant_targets" (
	"attendant_id" uuid NOT NULL,
	"target_type" text NOT NULL,
	"target_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auto_attendants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"schedule_id" uuid,
	"operator" jsonb,
	"menus" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audio_files" ADD CONSTRAINT "audio_files_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audio_files" ADD CONSTRAINT "audio_files_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auto_attendant_targets" ADD CONSTRAINT "auto_attendant_targets_attendant_id_auto_attendants_id_fk" FOREIGN KEY ("attendant_id") REFERENCES "public"."auto_attendants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auto_attendants" ADD CONSTRAINT "auto_attendants_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auto_attendants" ADD CONSTRAINT "auto_attendants_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audio_files_enterprise_idx" ON "audio_files" USING btree ("enterprise_id",lower("name"),"id");--> statement-breakpoint
CREATE INDEX "audio_files_site_idx" ON "audio_files" USING btree ("site_id");--> statement-breakpoint
CREATE UNIQUE INDEX "auto_attendant_targets_uq" ON "auto_attendant_targets" USING btree ("attendant_id","target_type","target_id");--> statement-breakpoint
CREATE INDEX "auto_attendant_targets_target_idx" ON "auto_attendant_targets" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "auto_attendants_name_uq" ON "auto_attendants" USING btree ("enterprise_id",lower("name"));--> statement-breakpoint
CREATE INDEX "auto_attendants_site_idx" ON "auto_attendants" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "auto_attendants_schedule_idx" ON "auto_attendants" USING btree ("schedule_id");