"""Tools that drive the whole system: the embedded stack (``monitor up``), evaluation, backend agreement,
the benchmark, chaos scenarios, the demo, health checks and the terminal boards."""
