"""The stream processing, independent of faust: the batch processor (parse, embed, match, decide), the
catalogue it reads, the settings-to-policy code, the batch hooks (incidents, retro-match, candidates), the
notification sinks and the worker's Prometheus metrics. ``streams`` runs it inside faust; ``monitor eval``
and ``monitor bench`` run the same code.
"""
