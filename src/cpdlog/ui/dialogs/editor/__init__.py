"""The entry editor's pieces: one widget per tab and the services the editor is given."""
