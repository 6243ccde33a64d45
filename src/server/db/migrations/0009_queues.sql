CREATE TABLE "agent_states" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"reason" text,
	"until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_states_state_ck" CHECK ("agent_states"."state" in ('available','unavailable','wrap_up')),
	CONSTRAINT "agent_states_reason_value_ck" CHECK ("agent_states"."reason" in ('break','lunch','meeting','training','other_work','end_of_shift','bounced')),
	CONSTRAINT "agent_states_reason_ck" CHECK (("agent_states"."state" = 'unavailable') = ("agent_states"."reason" is not null)),
	CONSTRAINT "agent_states_until_ck" CHECK (("agent_states"."state" = 'wrap_up') = ("agent_states"."until" is not null))
);
--> statement-breakpoint
CREATE TABLE "queue_agents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"queue_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"weight" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "queue_agents_role_ck" CHECK ("queue_agents"."role" in ('agent','supervisor')),
	CONSTRAINT "queue_agents_weight_ck" CHECK ("queue_agents"."weight" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "queues" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"distribution" text NOT NULL,
	"ring_pattern" text NOT NULL,
	"max_queue_length" integer NOT NULL,
	"max_wait_seconds" integer NOT NULL,
	"comfort_message" text,
	"comfort_interval_seconds" integer NOT NULL,
	"position_announcements" boolean NOT NULL,
	"overflow_action" text NOT NULL,
	"overflow_after_seconds" integer,
	"overflow_destination" text,
	"bounced_after_rings" integer,
	"stranded_action" text NOT NULL,
	"stranded_destination" text,
	"wrap_up_seconds" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "queues_distribution_ck" CHECK ("queues"."distribution" in ('regular','circular','simultaneous','uniform','weighted')),
	CONSTRAINT "queues_ring_pattern_ck" CHECK ("queues"."ring_pattern" in ('normal','long_long','short_short_long','short_long_short')),
	CONSTRAINT "queues_overflow_action_ck" CHECK ("queues"."overflow_action" in ('busy','transfer','keep_waiting')),
	CONSTRAINT "queues_stranded_action_ck" CHECK ("queues"."stranded_action" in ('busy','transfer','keep_waiting')),
	CONSTRAINT "queues_overflow_ck" CHECK (("queues"."overflow_action" = 'keep_waiting') = ("queues"."overflow_after_seconds" is null) and "queues"."overflow_after_seconds" <= "queues"."max_wait_seconds"),
	CONSTRAINT "queues_overflow_destination_ck" CHECK (("queues"."overflow_action" = 'transfer') = ("queues"."overflow_destination" is not null)),
	CONSTRAINT "queues_stranded_destination_ck" CHECK (("queues"."stranded_action" = 'transfer') = ("queues"."stranded_destination" is not null)),
	CONSTRAINT "queues_wrap_up_ck" CHECK ("queues"."wrap_up_seconds" >= 0)
);
--> statement-breakpoint
ALTER TABLE "profile_features" DROP CONSTRAINT "profile_features_feature_ck";--> statement-breakpoint
ALTER TABLE "agent_states" ADD CONSTRAINT "agent_states_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_agents" ADD CONSTRAINT "queue_agents_queue_id_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."queues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_agents" ADD CONSTRAINT "queue_agents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queues" ADD CONSTRAINT "queues_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queues" ADD CONSTRAINT "queues_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "queue_agents_user_uq" ON "queue_agents" USING btree ("queue_id","user_id");--> statement-breakpoint
CREATE INDEX "queue_agents_user_idx" ON "queue_agents" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "queues_name_uq" ON "queues" USING btree ("enterprise_id",lower("name"));--> statement-breakpoint
CREATE INDEX "queues_site_idx" ON "queues" USING btree ("site_id");--> statement-breakpoint
ALTER TABLE "profile_features" ADD CONSTRAINT "profile_features_feature_ck" CHECK ("profile_features"."feature" in ('do_not_disturb','forward_always','forward_busy','forward_no_answer','forward_unreachable','voicemail','simultaneous_ring','sequential_ring','busy_lamp_field','call_pickup','hunt_group','desktop_client','mobile_client','call_center_agent','call_center_supervisor','receptionist'));