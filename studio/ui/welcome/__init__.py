"""First run and everyday comfort: the welcome page's one-click starts, drag and drop onto the window, and
the recent files and runs. ``install_welcome(window)`` adds them to the main window; ``routing`` (which
file goes to which tab) and ``recent`` (the list kept in the settings) know no Qt."""


def install_welcome(window):
    """Add the welcome tab, File ▸ Open/Open Recent, Help ▸ Welcome and drop routing to ``window``."""
    from studio.ui.welcome.install import install_welcome as install

    return install(window)
