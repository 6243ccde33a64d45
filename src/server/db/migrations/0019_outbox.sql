CREATE TABLE "job_schedules" (
	"name" text PRIMARY KEY NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"leased_by" text,
	"last_started_at" timestamp with time zone,
	"last_finished_at" timestamp with time zone,
	"last_error" text,
	"runs" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"recipient" text NOT NULL,
	"language" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"entity_type" text,
	"entity_id" uuid,
	"entity_label" text,
	"state" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_messages_channel_ck" CHECK ("outbox_messages"."channel" in ('email')),
	CONSTRAINT "outbox_messages_kind_ck" CHECK ("outbox_messages"."kind" in ('ticket_created','ticket_status_changed','ticket_comment')),
	CONSTRAINT "outbox_messages_language_ck" CHECK ("outbox_messages"."language" in ('nl','en')),
	CONSTRAINT "outbox_messages_state_ck" CHECK ("outbox_messages"."state" in ('queued','sending','sent','failed')),
	CONSTRAINT "outbox_messages_entity_type_ck" CHECK ("outbox_messages"."entity_type" in ('ticket'))
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "language" text DEFAULT 'nl' NOT NULL;--> statement-breakpoint
CREATE INDEX "outbox_messages_due_idx" ON "outbox_messages" USING btree ("next_attempt_at") WHERE "outbox_messages"."state" = 'queued';--> statement-breakpoint
CREATE INDEX "outbox_messages_sending_idx" ON "outbox_messages" USING btree ("locked_until") WHERE "outbox_messages"."state" = 'sending';--> statement-breakpoint
CREATE INDEX "outbox_messages_list_idx" ON "outbox_messages" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "outbox_messages_entity_idx" ON "outbox_messages" USING btree ("entity_id");--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_language_ck" CHECK ("accounts"."language" in ('nl','en'));