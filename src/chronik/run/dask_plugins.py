"""Dask worker plugins of the local cluster (imported only when a cluster starts: distributed is heavy)."""

from __future__ import annotations

import os
import threading
import time
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin


class ExitWithCoordinator(WorkerPlugin):
    """A worker whose coordinator is gone (kill -9) exits within half a second instead of waiting for network
    timeouts, so no worker is left coding for nobody."""

    name = "chronik-exit-with-coordinator"

    def setup(self, worker: Any) -> None:
        parent = os.getppid()

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(1)

        threading.Thread(target=watch, name=self.name, daemon=True).start()
