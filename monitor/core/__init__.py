"""The pure core: data models, text normalisation and signals, the lexical (BM25) channel, the decision
layer, incident and candidate rules, evaluation maths and alert building.

Nothing here does I/O or reads settings: no Redis, Kafka, faust or ``monitor.config``. Every function takes
plain values and returns plain values, so it is tested with plain values (tests/unit).
"""
