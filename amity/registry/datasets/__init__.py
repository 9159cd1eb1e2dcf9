"""Scripts that build the packaged data files of amity/data from the sources in data/."""
