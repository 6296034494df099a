-- Each request submits a different learner's open quiz attempt (prepared by bench/run.py), so
-- every request is a real scoring, not the "already submitted" shortcut.
local lines = {}
for line in io.lines(os.getenv("BENCH_SUBMISSIONS")) do
  local path, cookie, body = line:match("([^\t]+)\t([^\t]+)\t(.*)")
  lines[#lines + 1] = {path = path, cookie = cookie, body = body}
end
local index = 0

request = function()
  index = index % #lines + 1
  local item = lines[index]
  return wrk.format("POST", item.path, {
    ["Cookie"] = item.cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, item.body)
end
-- wrk reporter: one JSON line with throughput and latency percentiles (microseconds).
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "errors": %d, "non_2xx_3xx": %d, "p50_us": %d, "p95_us": %d}\n',
    summary.requests, summary.duration, errors, summary.errors.status,
    latency:percentile(50), latency:percentile(95)))
end
