DROP INDEX IF EXISTS `recognition_status_events_status_on_idx`;--> statement-breakpoint
DROP INDEX IF EXISTS `recognitions_establishment_training_idx`;--> statement-breakpoint
DROP INDEX IF EXISTS `recognitions_submitted_on_idx`;--> statement-breakpoint
DROP INDEX IF EXISTS `recognitions_valid_to_idx`;--> statement-breakpoint
DROP INDEX IF EXISTS `agreements_start_on_idx`;--> statement-breakpoint
CREATE INDEX `recognition_status_events_status_on_recognition_idx` ON `recognition_status_events` (`status`,`occurred_on`,`recognition_id`);--> statement-breakpoint
CREATE INDEX `recognitions_establishment_training_validity_idx` ON `recognitions` (`establishment_id`,`training_id`,`valid_to`,`valid_from`,`ended_on`,`approved_on`);--> statement-breakpoint
CREATE INDEX `recognitions_submitted_on_dims_idx` ON `recognitions` (`submitted_on`,`kind`,`mandate_type`,`establishment_id`,`training_id`,`joint_committee_code`,`handling_partnership_id`);--> statement-breakpoint
CREATE INDEX `recognitions_valid_to_dims_idx` ON `recognitions` (`valid_to`,`valid_from`,`ended_on`,`approved_on`,`establishment_id`,`training_id`,`adult_training_id`,`joint_committee_code`,`handling_partnership_id`);--> statement-breakpoint
CREATE INDEX `agreements_start_on_dims_idx` ON `agreements` (`start_on`,`status`,`actual_end_on`,`planned_end_on`,`recognition_id`,`establishment_id`,`training_id`);