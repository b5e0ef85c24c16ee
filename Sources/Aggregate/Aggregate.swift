// Aggregate stage: filled in by a later issue.
