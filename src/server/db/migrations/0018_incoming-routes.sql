CREATE TABLE "incoming_route_targets" (
	"route_id" uuid NOT NULL,
	"target_type" text NOT NULL,
	"target_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming_routes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"site_id" uuid,
	"name" text NOT NULL,
	"schedule_id" uuid,
	"destinations" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "extensions" DROP CONSTRAINT "extensions_assignee_type_ck";--> statement-breakpoint
ALTER TABLE "incoming_route_targets" ADD CONSTRAINT "incoming_route_targets_route_id_incoming_routes_id_fk" FOREIGN KEY ("route_id") REFERENCES "public"."incoming_routes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_routes" ADD CONSTRAINT "incoming_routes_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_routes" ADD CONSTRAINT "incoming_routes_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_routes" ADD CONSTRAINT "incoming_routes_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "incoming_route_targets_uq" ON "incoming_route_targets" USING btree ("route_id","target_type","target_id");--> statement-breakpoint
CREATE INDEX "incoming_route_targets_target_idx" ON "incoming_route_targets" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "incoming_routes_name_uq" ON "incoming_routes" USING btree ("enterprise_id",lower("name"));--> statement-breakpoint
CREATE INDEX "incoming_routes_site_idx" ON "incoming_routes" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "incoming_routes_schedule_idx" ON "incoming_routes" USING btree ("schedule_id");--> statement-breakpoint
ALTER TABLE "extensions" ADD CONSTRAINT "extensions_assignee_type_ck" CHECK ("extensions"."assignee_type" in ('user','hunt_group','auto_attendant','queue','fax','incoming_route'));