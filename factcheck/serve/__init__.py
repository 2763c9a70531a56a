"""``factcheck serve``: the editor's page and the HTTP APIs (the optional extra
``factcheck-elections[serve]``: Starlette and uvicorn).

Nothing here is imported by ``import factcheck``: the command imports it when it runs.
"""
