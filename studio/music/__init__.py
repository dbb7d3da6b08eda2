"""Music (no Qt): Songs, MIDI files, tokenisers, the Bach corpus, generation, playback and rendering."""
