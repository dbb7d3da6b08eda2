"""Training: the one engine for every model family, runs, trained-model loading, and the training jobs.

No Qt here. ``session.TrainingSession`` is the generator that trains; ``job`` holds the functions the
workers run in a child process; ``live.LiveRun`` turns a run's events into what a view shows.
"""
