CREATE TABLE "enterprise_call_restrictions" (
	"enterprise_id" uuid PRIMARY KEY NOT NULL,
	"internal" boolean NOT NULL,
	"national_fixed" boolean NOT NULL,
	"mobile" boolean NOT NULL,
	"international" boolean NOT NULL,
	"premium" boolean NOT NULL,
	"service" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_call_restrictions" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"internal" boolean NOT NULL,
	"national_fixed" boolean NOT NULL,
	"mobile" boolean NOT NULL,
	"international" boolean NOT NULL,
	"premium" boolean NOT NULL,
	"service" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enterprise_call_restrictions" ADD CONSTRAINT "enterprise_call_restrictions_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_call_restrictions" ADD CONSTRAINT "user_call_restrictions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_call_restrictions" ADD CONSTRAINT "user_call_restrictions_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_call_restrictions_enterprise_idx" ON "user_call_restrictions" USING btree ("enterprise_id");