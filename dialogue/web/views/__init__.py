"""Pages. Views stay thin: they read through selectors, write through services, and render."""
