"""`python -m redaksi_lint`: the same command as `redaksi-lint`."""

from .cli import main

if __name__ == "__main__":
    main()
