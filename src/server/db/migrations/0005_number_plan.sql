CREATE TABLE "enterprise_telephony" (
	"enterprise_id" uuid PRIMARY KEY NOT NULL,
	"extension_length" integer DEFAULT 3 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_telephony_extension_length_ck" CHECK ("enterprise_telephony"."extension_length" between 2 and 6)
);
--> statement-breakpoint
CREATE TABLE "extensions" (
	"enterprise_id" uuid NOT NULL,
	"extension" text NOT NULL,
	"assignee_type" text NOT NULL,
	"assignee_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "extensions_enterprise_id_extension_pk" PRIMARY KEY("enterprise_id","extension"),
	CONSTRAINT "extensions_assignee_type_ck" CHECK ("extensions"."assignee_type" in ('user','hunt_group','auto_attendant','queue','fax')),
	CONSTRAINT "extensions_digits_ck" CHECK ("extensions"."extension" ~ '^[1-9][0-9]{1,5}$')
);
--> statement-breakpoint
CREATE TABLE "number_blocks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"first" text NOT NULL,
	"size" integer NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "number_blocks_kind_ck" CHECK ("number_blocks"."kind" in ('geographic','non_geographic','freephone','premium','mobile')),
	CONSTRAINT "number_blocks_size_ck" CHECK ("number_blocks"."size" between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "numbers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"block_id" uuid NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"site_id" uuid,
	"state" text DEFAULT 'free' NOT NULL,
	"assignee_type" text,
	"assignee_id" uuid,
	"assignee_role" text,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "numbers_state_ck" CHECK ("numbers"."state" in ('free','assigned','reserved','porting')),
	CONSTRAINT "numbers_kind_ck" CHECK ("numbers"."kind" in ('geographic','non_geographic','freephone','premium','mobile')),
	CONSTRAINT "numbers_assignee_ck" CHECK (("numbers"."state" = 'assigned') = ("numbers"."assignee_type" is not null and "numbers"."assignee_id" is not null and "numbers"."assignee_role" is not null))
);
--> statement-breakpoint
ALTER TABLE "enterprise_telephony" ADD CONSTRAINT "enterprise_telephony_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extensions" ADD CONSTRAINT "extensions_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "number_blocks" ADD CONSTRAINT "number_blocks_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "numbers" ADD CONSTRAINT "numbers_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "numbers" ADD CONSTRAINT "numbers_block_id_number_blocks_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."number_blocks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "numbers" ADD CONSTRAINT "numbers_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "extensions_assignee_uq" ON "extensions" USING btree ("assignee_type","assignee_id");--> statement-breakpoint
CREATE INDEX "number_blocks_enterprise_idx" ON "number_blocks" USING btree ("enterprise_id","first");--> statement-breakpoint
CREATE UNIQUE INDEX "numbers_number_uq" ON "numbers" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "numbers_assignee_role_uq" ON "numbers" USING btree ("assignee_type","assignee_id","assignee_role") WHERE "numbers"."assignee_id" is not null;--> statement-breakpoint
CREATE INDEX "numbers_enterprise_idx" ON "numbers" USING btree ("enterprise_id","number");--> statement-breakpoint
CREATE INDEX "numbers_block_idx" ON "numbers" USING btree ("block_id");--> statement-breakpoint
CREATE INDEX "numbers_site_idx" ON "numbers" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "numbers_assignee_idx" ON "numbers" USING btree ("assignee_id");