ALTER TABLE "queues" ADD COLUMN "schedule_id" uuid;--> statement-breakpoint
ALTER TABLE "queues" ADD COLUMN "closed_action" text DEFAULT 'busy' NOT NULL;--> statement-breakpoint
ALTER TABLE "queues" ADD COLUMN "closed_destination" text;--> statement-breakpoint
ALTER TABLE "queues" ADD COLUMN "holiday_action" text;--> statement-breakpoint
ALTER TABLE "queues" ADD COLUMN "holiday_destination" text;--> statement-breakpoint
ALTER TABLE "queues" ADD COLUMN "closed_message" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "queues" ADD CONSTRAINT "queues_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "queues_schedule_idx" ON "queues" USING btree ("schedule_id");--> statement-breakpoint
ALTER TABLE "queues" ADD CONSTRAINT "queues_closed_action_ck" CHECK ("queues"."closed_action" in ('busy', 'transfer'));--> statement-breakpoint
ALTER TABLE "queues" ADD CONSTRAINT "queues_holiday_action_ck" CHECK ("queues"."holiday_action" is null or "queues"."holiday_action" in ('busy', 'transfer'));--> statement-breakpoint
ALTER TABLE "queues" ADD CONSTRAINT "queues_closed_destination_ck" CHECK (("queues"."closed_action" = 'transfer') = ("queues"."closed_destination" is not null));--> statement-breakpoint
ALTER TABLE "queues" ADD CONSTRAINT "queues_holiday_destination_ck" CHECK (coalesce("queues"."holiday_action" = 'transfer', false) = ("queues"."holiday_destination" is not null));--> statement-breakpoint
ALTER TABLE "queues" ADD CONSTRAINT "queues_out_of_hours_ck" CHECK ("queues"."schedule_id" is not null or ("queues"."closed_action" = 'busy' and "queues"."holiday_action" is null and not "queues"."closed_message"));