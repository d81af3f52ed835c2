ALTER TABLE `follow_up_actions` ADD `mentor_id` integer REFERENCES mentors(id);--> statement-breakpoint
ALTER TABLE `follow_up_actions` ADD `note` text;--> statement-breakpoint
ALTER TABLE `follow_up_actions` ADD `recorded_by_user_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `follow_up_actions` ADD `recorded_at` text;--> statement-breakpoint
CREATE INDEX `follow_up_actions_establishment_idx` ON `follow_up_actions` (`establishment_id`,`performed_on`);--> statement-breakpoint
CREATE INDEX `follow_up_actions_mentor_idx` ON `follow_up_actions` (`mentor_id`,`performed_on`);