"""The `imprimatur` command: operator and reviewer tools.

It sits above both layers (it may import governance/ and deployments/), so the library stays
a library and the Ray layer stays thin. Each module registers one area's subcommands.
"""
