CREATE TABLE "sla_policies" (
	"key" text PRIMARY KEY NOT NULL,
	"ticket_type" text NOT NULL,
	"priority" text NOT NULL,
	"hours" text NOT NULL,
	"first_response_minutes" integer NOT NULL,
	"resolution_minutes" integer NOT NULL,
	"warn_share" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sla_policies_hours_ck" CHECK ("sla_policies"."hours" in ('24x7','office')),
	CONSTRAINT "sla_policies_type_ck" CHECK ("sla_policies"."ticket_type" in ('incident','change','service','repair','infrastructure')),
	CONSTRAINT "sla_policies_priority_ck" CHECK ("sla_policies"."priority" in ('critical','high','medium','low')),
	CONSTRAINT "sla_policies_minutes_ck" CHECK ("sla_policies"."first_response_minutes" > 0 and "sla_policies"."resolution_minutes" > 0 and "sla_policies"."first_response_minutes" <= "sla_policies"."resolution_minutes"),
	CONSTRAINT "sla_policies_warn_ck" CHECK ("sla_policies"."warn_share" > 0 and "sla_policies"."warn_share" <= 1)
);
--> statement-breakpoint
CREATE TABLE "ticket_sla_clocks" (
	"ticket_id" uuid NOT NULL,
	"clock" text NOT NULL,
	"state" text NOT NULL,
	"counting" boolean NOT NULL,
	"policy_key" text,
	"hours" text,
	"target_minutes" integer,
	"remaining_minutes" double precision,
	"due_at" timestamp with time zone,
	"warn_at" timestamp with time zone,
	"breached_at" timestamp with time zone,
	"paused_reason" text,
	"paused_since" timestamp with time zone,
	"warned_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"derived_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ticket_sla_clocks_ticket_id_clock_pk" PRIMARY KEY("ticket_id","clock"),
	CONSTRAINT "ticket_sla_clocks_clock_ck" CHECK ("ticket_sla_clocks"."clock" in ('first_response','resolution')),
	CONSTRAINT "ticket_sla_clocks_state_ck" CHECK ("ticket_sla_clocks"."state" in ('not_started','running','out_of_hours','paused','met','breached'))
);
--> statement-breakpoint
CREATE TABLE "ticket_sla_events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"clock" text NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"reason" text,
	"policy_key" text,
	"by_account_id" uuid,
	CONSTRAINT "ticket_sla_events_clock_ck" CHECK ("ticket_sla_events"."clock" in ('first_response','resolution')),
	CONSTRAINT "ticket_sla_events_type_ck" CHECK ("ticket_sla_events"."type" in ('started','paused','resumed','stopped','policy_changed')),
	CONSTRAINT "ticket_sla_events_reason_ck" CHECK ("ticket_sla_events"."reason" is null or "ticket_sla_events"."reason" in ('waiting_customer','waiting_supplier','waiting_parts'))
);
--> statement-breakpoint
ALTER TABLE "outbox_messages" DROP CONSTRAINT "outbox_messages_kind_ck";--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "sla_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "sla_warned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "sla_escalated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ticket_sla_clocks" ADD CONSTRAINT "ticket_sla_clocks_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_sla_clocks" ADD CONSTRAINT "ticket_sla_clocks_policy_key_sla_policies_key_fk" FOREIGN KEY ("policy_key") REFERENCES "public"."sla_policies"("key") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_sla_events" ADD CONSTRAINT "ticket_sla_events_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_sla_events" ADD CONSTRAINT "ticket_sla_events_policy_key_sla_policies_key_fk" FOREIGN KEY ("policy_key") REFERENCES "public"."sla_policies"("key") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_sla_events" ADD CONSTRAINT "ticket_sla_events_by_account_id_accounts_id_fk" FOREIGN KEY ("by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sla_policies_type_priority_uq" ON "sla_policies" USING btree ("ticket_type","priority");--> statement-breakpoint
CREATE INDEX "ticket_sla_clocks_due_idx" ON "ticket_sla_clocks" USING btree ("due_at") WHERE "ticket_sla_clocks"."counting" and "ticket_sla_clocks"."escalated_at" is null;--> statement-breakpoint
CREATE INDEX "ticket_sla_clocks_warn_idx" ON "ticket_sla_clocks" USING btree ("warn_at") WHERE "ticket_sla_clocks"."counting" and "ticket_sla_clocks"."warned_at" is null;--> statement-breakpoint
CREATE INDEX "ticket_sla_events_ticket_idx" ON "ticket_sla_events" USING btree ("ticket_id","clock","seq");--> statement-breakpoint
CREATE INDEX "tickets_desk_queue_idx" ON "tickets" USING btree ("desk_id","status","sla_due_at","id");--> statement-breakpoint
CREATE INDEX "tickets_desk_open_queue_idx" ON "tickets" USING btree ("desk_id","sla_due_at","id") WHERE "tickets"."status" in ('new','acknowledged','in_progress','waiting_for_customer');--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_kind_ck" CHECK ("outbox_messages"."kind" in ('ticket_created','ticket_status_changed','ticket_comment','sla_warning','sla_breach'));