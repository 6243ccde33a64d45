CREATE TABLE "hunt_group_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"hunt_group_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"user_id" uuid,
	"external_number" text,
	"weight" integer DEFAULT 1 NOT NULL,
	"logged_in" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hunt_group_members_one_ck" CHECK (("hunt_group_members"."user_id" is null) <> ("hunt_group_members"."external_number" is null)),
	CONSTRAINT "hunt_group_members_weight_ck" CHECK ("hunt_group_members"."weight" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "hunt_groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"distribution" text NOT NULL,
	"hunt_after_seconds" integer NOT NULL,
	"timeout_seconds" integer,
	"timeout_destination" text,
	"busy_action" text NOT NULL,
	"busy_destination" text,
	"unreachable_action" text NOT NULL,
	"unreachable_destination" text,
	"call_waiting" boolean NOT NULL,
	"ring_pattern" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hunt_groups_distribution_ck" CHECK ("hunt_groups"."distribution" in ('regular','circular','simultaneous','uniform','weighted')),
	CONSTRAINT "hunt_groups_ring_pattern_ck" CHECK ("hunt_groups"."ring_pattern" in ('normal','long_long','short_short_long','short_long_short')),
	CONSTRAINT "hunt_groups_busy_action_ck" CHECK ("hunt_groups"."busy_action" in ('busy_tone','forward')),
	CONSTRAINT "hunt_groups_unreachable_action_ck" CHECK ("hunt_groups"."unreachable_action" in ('busy_tone','forward'))
);
--> statement-breakpoint
CREATE TABLE "pickup_group_members" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"pickup_group_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pickup_groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hunt_group_members" ADD CONSTRAINT "hunt_group_members_hunt_group_id_hunt_groups_id_fk" FOREIGN KEY ("hunt_group_id") REFERENCES "public"."hunt_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hunt_group_members" ADD CONSTRAINT "hunt_group_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hunt_groups" ADD CONSTRAINT "hunt_groups_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hunt_groups" ADD CONSTRAINT "hunt_groups_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pickup_group_members" ADD CONSTRAINT "pickup_group_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pickup_group_members" ADD CONSTRAINT "pickup_group_members_pickup_group_id_pickup_groups_id_fk" FOREIGN KEY ("pickup_group_id") REFERENCES "public"."pickup_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pickup_groups" ADD CONSTRAINT "pickup_groups_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pickup_groups" ADD CONSTRAINT "pickup_groups_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hunt_group_members_user_uq" ON "hunt_group_members" USING btree ("hunt_group_id","user_id") WHERE "hunt_group_members"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "hunt_group_members_number_uq" ON "hunt_group_members" USING btree ("hunt_group_id","external_number") WHERE "hunt_group_members"."external_number" is not null;--> statement-breakpoint
CREATE INDEX "hunt_group_members_user_idx" ON "hunt_group_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hunt_groups_name_uq" ON "hunt_groups" USING btree ("enterprise_id",lower("name"));--> statement-breakpoint
CREATE INDEX "hunt_groups_site_idx" ON "hunt_groups" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "pickup_group_members_group_idx" ON "pickup_group_members" USING btree ("pickup_group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pickup_groups_name_uq" ON "pickup_groups" USING btree ("enterprise_id",lower("name"));--> statement-breakpoint
CREATE INDEX "pickup_groups_site_idx" ON "pickup_groups" USING btree ("site_id");