"""Work plans on the web: pages and JSON twins, editors' forms and API, roles, CSRF, escaping.

The last test confirms a suggested link in headless Chromium.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from amity.publish import plans
from amity.store import plans as stored
from tests.publish.plans_samples import DATA, event_id, load_exchanges
from tests.web.browser.conftest import Served, chromium, page, served, shot  # noqa: F401 - fixtures
from tests.web.conftest import PASSWORD, csrf_of

KEY_TASKS = (DATA / "key_tasks.csv").read_bytes()
FORUM_TASK = "Host an international youth forum"


@pytest.fixture
def plan_id(app_store: Any) -> int:
    """Returns the id of the 2018 key tasks plan over the Harbourton report, with suggestions."""
    load_exchanges(app_store)
    found = plans.import_plan(app_store, "key_tasks.csv", {"name": "Key tasks 2018", **plans.period_of(2018)},
                              data=KEY_TASKS)  # fmt: skip
    plans.suggest(app_store, found)
    return found


def _task(app_store: Any, plan_id: int, title: str) -> dict[str, Any]:
    return next(t for t in plans.plan_progress(app_store, plan_id)["tasks"] if t["title"] == title)


def test_pages_and_their_json_twins(client: TestClient, app_store: Any, plan_id: int) -> None:
    listing = client.get("/plans")
    assert listing.status_code == 200
    assert f'href="/plans/{plan_id}">Key tasks 2018</a>' in listing.text
    assert client.get("/api/plans").json() == plans.plans_with_summary(app_store)
    page_ = client.get(f"/plans/{plan_id}")
    assert page_.status_code == 200
    assert page_.text.count('<article class="task') == 4
    assert "0 of 100 participants" in page_.text and "Harbourton Youth Forum" in page_.text
    assert "Sign in</a> as an editor" in page_.text and "Confirm</button>" not in page_.text
    twin = client.get(f"/api/plans/{plan_id}").json()
    assert twin["plan"]["name"] == "Key tasks 2018" and twin["summary"]["tasks"] == 4
    assert client.get("/plans/999").status_code == 404
    assert client.get("/api/plans/999").json()["error"]["message"] == "no plan 999"


@pytest.mark.parametrize("role", [None, "contributor"])
def test_changes_need_an_editor(
    client: TestClient, app_store: Any, plan_id: int, sign_in: Callable[..., str], role: str | None
) -> None:
    if role:
        sign_in(client, role)
    csrf = csrf_of(client)
    task = _task(app_store, plan_id, FORUM_TASK)
    link = task["links"]["suggested"][0]
    posts = [
        ("/plans", {"name": "New"}),
        (f"/plans/{plan_id}/tasks", {"title": "Another"}),
        (f"/plans/{plan_id}/suggest", {}),
        (f"/plans/{plan_id}/links", {"task_id": task["id"], "kind": "event", "target_id": link["target_id"],
                                      "state": "confirmed"}),
    ]  # fmt: skip
    for path, form in posts:
        response = client.post(path, data={**form, "csrf": csrf}, follow_redirects=False)
        assert response.status_code == 403, path
    assert (
        client.post("/api/plans", json={"name": "New"}, headers={"x-csrf-token": csrf}).status_code
        == 403
    )
    assert len(stored.list_plans(app_store)) == 1
    assert _task(app_store, plan_id, FORUM_TASK)["links"]["confirmed"] == []


def test_forms_need_the_csrf_token(
    client: TestClient, app_store: Any, plan_id: int, sign_in: Callable[..., str]
) -> None:
    sign_in(client, "editor")
    for data in ({"title": "Another"}, {"title": "Another", "csrf": "forged"}):
        response = client.post(f"/plans/{plan_id}/tasks", data=data, follow_redirects=False)
        assert response.status_code == 403
    response = client.post(f"/api/plans/{plan_id}/tasks", json={"title": "Another"})
    assert response.status_code == 403
    assert len(stored.plan_tasks(app_store, plan_id)) == 4


def test_editor_imports_confirms_rejects_and_edits_with_forms(
    client: TestClient, app_store: Any, sign_in: Callable[..., str]
) -> None:
    load_exchanges(app_store)
    editor = sign_in(client, "editor")
    csrf = csrf_of(client, "/plans")
    response = client.post("/plans/import", data={"csrf": csrf, "name": "Key tasks 2018", "year": "2018"},
                           files={"file": ("key_tasks.csv", KEY_TASKS, "text/csv")}, follow_redirects=False)  # fmt: skip
    assert response.status_code == 303
    plan_id = int(response.headers["location"].rsplit("/", 1)[1])
    assert (
        client.post(
            f"/plans/{plan_id}/suggest", data={"csrf": csrf}, follow_redirects=False
        ).status_code
        == 303
    )
    task = _task(app_store, plan_id, FORUM_TASK)
    forum = event_id(app_store, "Harbourton Youth Forum")
    assert [x["target_id"] for x in task["links"]["suggested"]] == [forum]
    decision = {
        "csrf": csrf,
        "task_id": task["id"],
        "kind": "event",
        "target_id": forum,
        "state": "confirmed",
    }
    response = client.post(f"/plans/{plan_id}/links", data=decision, follow_redirects=False)
    assert response.headers["location"] == f"/plans/{plan_id}#task-{task['id']}"
    confirmed = _task(app_store, plan_id, FORUM_TASK)["links"]["confirmed"]
    assert [(x["target_id"], x["user"]) for x in confirmed] == [(forum, editor)]
    assert "80 of 100 participants" in client.get(f"/plans/{plan_id}").text
    edit = {"csrf": csrf, "title": FORUM_TASK, "target": "80 participants", "target_count": "80",
            "due": "2018-05-31", "status": "open", "owner": ""}  # fmt: skip
    client.post(f"/plans/{plan_id}/tasks/{task['id']}", data=edit, follow_redirects=False)
    assert _task(app_store, plan_id, FORUM_TASK)["progress"]["state"] == "met"
    client.post(
        f"/plans/{plan_id}/links", data={**decision, "state": "rejected"}, follow_redirects=False
    )
    assert _task(app_store, plan_id, FORUM_TASK)["links"]["rejected"][0]["user"] == editor
    added = client.post(f"/plans/{plan_id}/tasks", data={"csrf": csrf, "title": "Open a photo exhibition",
                                                           "due": "2018-11-30"}, follow_redirects=False)  # fmt: skip
    assert re.fullmatch(rf"/plans/{plan_id}#task-\d+", added.headers["location"])
    assert stored.plan_tasks(app_store, plan_id)[-1]["title"] == "Open a photo exhibition"


def test_editor_uses_the_api(
    client: TestClient, app_store: Any, sign_in: Callable[..., str]
) -> None:
    load_exchanges(app_store)
    sign_in(client, "editor")
    headers = {"x-csrf-token": csrf_of(client, "/plans")}
    body = {"name": "Harbourton 2018", "year": 2018, "place": "Harbourton",
            "tasks": [{"title": "Send a delegation to Japan", "target": "1 visit", "target_count": 1}]}  # fmt: skip
    made = client.post("/api/plans", json=body, headers=headers)
    assert made.status_code == 200, made.text
    plan_id = made.json()["plan"]["id"]
    assert made.json()["plan"]["owner"]["name"] == "Harbourton"
    assert client.post(f"/api/plans/{plan_id}/suggest", headers=headers).json() == {"suggested": 1}
    task_id = made.json()["tasks"][0]["id"]
    visit = event_id(app_store, "Harbourton teachers visit Nagano")
    decision = {"task_id": task_id, "kind": "event", "target_id": visit, "state": "confirmed"}
    assert (
        client.post(f"/api/plans/{plan_id}/links", json=decision, headers=headers).json()["state"]
        == "confirmed"
    )
    edited = client.post(
        f"/api/plans/{plan_id}/tasks/{task_id}", json={"status": "done"}, headers=headers
    )
    assert edited.json()["status"] == "done"
    assert client.get(f"/api/plans/{plan_id}").json()["summary"]["done"] == 1
    upload = client.post("/api/plans/import", data={"name": "Broken"}, headers=headers,
                         files={"file": ("broken.csv", b"title,owner,target,due\nA,B,C,soon\n", "text/csv")})  # fmt: skip
    assert upload.status_code == 422
    assert upload.json()["error"]["message"] == "broken.csv: row 2: bad due date 'soon'"
    other = client.post(
        "/api/plans", json={"name": "Other", "tasks": [{"title": "x"}]}, headers=headers
    ).json()
    wrong = {**decision, "task_id": other["tasks"][0]["id"]}
    missing = client.post(f"/api/plans/{plan_id}/links", json=wrong, headers=headers)
    assert missing.status_code == 404 and "has no task" in missing.json()["error"]["message"]


def test_report_and_plan_text_is_escaped(
    client: TestClient, app_store: Any, sign_in: Callable[..., str]
) -> None:
    hostile = "<script>alert('plan')</script>"
    plan_id = stored.create_plan(
        app_store, {"name": hostile}, [{"title": hostile, "owner": '"><img src=x>'}]
    )
    for path in ("/plans", f"/plans/{plan_id}"):
        text = client.get(path).text
        assert hostile not in text and "<img src=x>" not in text
        assert "&lt;script&gt;alert(&#39;plan&#39;)&lt;/script&gt;" in text


def test_confirming_a_suggestion_in_the_browser(page: Any, served: Served) -> None:  # noqa: F811
    load_exchanges(served.store)
    plan = {"name": "Browser plan 2018", **plans.period_of(2018)}
    plan_id = plans.import_plan(served.store, "key_tasks.csv", plan, data=KEY_TASKS)
    plans.suggest(served.store, plan_id)
    task = _task(served.store, plan_id, FORUM_TASK)
    page.goto(f"{served.url}/signin")
    page.fill("input[name=name]", "eda")
    page.fill("input[name=password]", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_selector("text=eda (editor)")
    page.goto(f"{served.url}/plans/{plan_id}")
    article = page.locator(f"#task-{task['id']}")
    assert "0 of 100 participants" in article.inner_text()
    shot(page, "plans-1-suggested")
    article.locator("ul.suggested li").first.locator("button[value=confirmed]").click()
    page.wait_for_selector(f"#task-{task['id']} ul.confirmed li")
    article = page.locator(f"#task-{task['id']}")
    assert "Harbourton Youth Forum" in article.locator("ul.confirmed").inner_text()
    assert "by eda" in article.inner_text() and "80 of 100 participants" in article.inner_text()
    shot(page, "plans-2-confirmed")
    confirmed = _task(served.store, plan_id, FORUM_TASK)["links"]["confirmed"]
    assert [(x["kind"], x["user"]) for x in confirmed] == [("event", "eda")]
