CREATE TABLE "ticket_comments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"visibility" text NOT NULL,
	"body" text NOT NULL,
	"author_account_id" uuid,
	"author_name" text,
	"author_role" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ticket_comments_visibility_ck" CHECK ("ticket_comments"."visibility" in ('customer','internal')),
	CONSTRAINT "ticket_comments_body_ck" CHECK (length("ticket_comments"."body") > 0)
);
--> statement-breakpoint
CREATE TABLE "ticket_counters" (
	"type" text NOT NULL,
	"year" integer NOT NULL,
	"next" integer NOT NULL,
	CONSTRAINT "ticket_counters_type_year_pk" PRIMARY KEY("type","year"),
	CONSTRAINT "ticket_counters_type_ck" CHECK ("ticket_counters"."type" in ('incident','change','service','repair','infrastructure'))
);
--> statement-breakpoint
CREATE TABLE "ticket_sites" (
	"ticket_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	CONSTRAINT "ticket_sites_ticket_id_site_id_pk" PRIMARY KEY("ticket_id","site_id")
);
--> statement-breakpoint
CREATE TABLE "ticket_status_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"by_account_id" uuid,
	"by_name" text,
	"by_role" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"site_id" uuid,
	"title" text NOT NULL,
	"business_critical" boolean NOT NULL,
	"impact" text NOT NULL,
	"urgency" text NOT NULL,
	"priority" text NOT NULL,
	"details" jsonb NOT NULL,
	"reported_by" uuid,
	"reported_by_name" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tickets_type_ck" CHECK ("tickets"."type" in ('incident','change','service','repair','infrastructure')),
	CONSTRAINT "tickets_status_ck" CHECK ("tickets"."status" in ('new','acknowledged','in_progress','waiting_for_customer','resolved','closed')),
	CONSTRAINT "tickets_impact_ck" CHECK ("tickets"."impact" in ('high','medium','low')),
	CONSTRAINT "tickets_urgency_ck" CHECK ("tickets"."urgency" in ('high','medium','low')),
	CONSTRAINT "tickets_priority_ck" CHECK ("tickets"."priority" in ('critical','high','medium','low'))
);
--> statement-breakpoint
ALTER TABLE "ticket_comments" ADD CONSTRAINT "ticket_comments_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_comments" ADD CONSTRAINT "ticket_comments_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_sites" ADD CONSTRAINT "ticket_sites_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_sites" ADD CONSTRAINT "ticket_sites_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_status_steps" ADD CONSTRAINT "ticket_status_steps_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_status_steps" ADD CONSTRAINT "ticket_status_steps_by_account_id_accounts_id_fk" FOREIGN KEY ("by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_reported_by_accounts_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ticket_comments_ticket_idx" ON "ticket_comments" USING btree ("ticket_id","created_at","id");--> statement-breakpoint
CREATE INDEX "ticket_sites_site_idx" ON "ticket_sites" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "ticket_status_steps_ticket_idx" ON "ticket_status_steps" USING btree ("ticket_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_number_uq" ON "tickets" USING btree ("number");--> statement-breakpoint
CREATE INDEX "tickets_enterprise_idx" ON "tickets" USING btree ("enterprise_id","created_at","id");--> statement-breakpoint
CREATE INDEX "tickets_created_idx" ON "tickets" USING btree ("created_at","id");