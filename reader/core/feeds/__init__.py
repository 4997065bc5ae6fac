"""Provides feeds: subscriptions, fetching, parsing and the items they bring.

`FeedStore` (store.py) keeps subscriptions and every item ever fetched in the user data
dir; `update()` (update.py) fetches feeds concurrently and yields `UpdateProgress`
values; `parse_feed()` (parse.py) turns feed bytes into `Entry`s. Nothing here touches a
screen.
"""
