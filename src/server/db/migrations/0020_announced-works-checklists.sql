CREATE TABLE "announced_works" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "announced_works_kind_ck" CHECK ("announced_works"."kind" in ('network','power','other')),
	CONSTRAINT "announced_works_span_ck" CHECK ("announced_works"."ends_at" > "announced_works"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "ticket_assessments" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"announced_works_id" uuid,
	"during_announced_works" boolean DEFAULT false NOT NULL,
	"announced_works" jsonb,
	"unjustified" boolean DEFAULT false NOT NULL,
	"unjustified_reason" text,
	"unjustified_by" uuid,
	"unjustified_by_name" text,
	"unjustified_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ticket_assessments_unjustified_ck" CHECK ("ticket_assessments"."unjustified" = ("ticket_assessments"."unjustified_reason" is not null and "ticket_assessments"."unjustified_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "ticket_checklists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"checklist_key" text NOT NULL,
	"checklist_version" integer NOT NULL,
	"site_id" uuid,
	"answers" jsonb NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "announced_works" ADD CONSTRAINT "announced_works_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announced_works" ADD CONSTRAINT "announced_works_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announced_works" ADD CONSTRAINT "announced_works_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_assessments" ADD CONSTRAINT "ticket_assessments_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_assessments" ADD CONSTRAINT "ticket_assessments_announced_works_id_announced_works_id_fk" FOREIGN KEY ("announced_works_id") REFERENCES "public"."announced_works"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_assessments" ADD CONSTRAINT "ticket_assessments_unjustified_by_accounts_id_fk" FOREIGN KEY ("unjustified_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_checklists" ADD CONSTRAINT "ticket_checklists_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_checklists" ADD CONSTRAINT "ticket_checklists_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_checklists" ADD CONSTRAINT "ticket_checklists_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "announced_works_site_idx" ON "announced_works" USING btree ("site_id","starts_at","ends_at");--> statement-breakpoint
CREATE INDEX "announced_works_enterprise_idx" ON "announced_works" USING btree ("enterprise_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "ticket_checklists_ticket_idx" ON "ticket_checklists" USING btree ("ticket_id","created_at","id");