"""The localize stage (being split into modules; this file re-exports its names meanwhile)."""

from .numbers import *  # noqa: F403
from .numbers import _URL  # noqa: F401
